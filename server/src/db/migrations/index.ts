import { Init1763769600000 } from "./1763769600000-init.js";

/** Every migration, oldest first. */
export const migrations = [Init1763769600000];
