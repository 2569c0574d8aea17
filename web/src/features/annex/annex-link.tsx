import { Anchor, type AnchorProps } from "@mantine/core";
import { Link } from "wouter";

/** The reselling annex as the reseller's people read and accept it: a page of the Account section. */
export const ANNEX_PATH = "/account/annex";

/** Beside a purchase or trial refused for the annex: where to read it, and who can accept it. */
export function AnnexLink({ size = "sm" }: { size?: AnchorProps["size"] }) {
  return (
    <Anchor component={Link} to={ANNEX_PATH} size={size} fw={500}>
      Review the reselling annex
    </Anchor>
  );
}
