// What the portal's frame shows once the first page has loaded, in one chunk: the account menu's
// dropdown, and the reseller's banner about the reselling annex. One chunk rather than one each,
// as a chunk of its own per piece splits the code the first load shares with the pages into more,
// smaller chunks, and the first load grows by their overhead.
export { AnnexBanner } from "../features/annex/annex-banner";
export { AccountMenu } from "../features/auth/account-menu";
