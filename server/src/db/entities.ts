import { Tier } from "../tier/tier.entity.js";

/** Every TypeORM entity of the product. */
export const entities = [Tier];
