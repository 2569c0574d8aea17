import { Init1763769600000 } from "./1763769600000-init.js";
import { Accounts1763856000000 } from "./1763856000000-accounts.js";

/** Every migration, oldest first. */
export const migrations = [Init1763769600000, Accounts1763856000000];
