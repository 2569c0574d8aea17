import type { DataSource } from "typeorm";
import { Tier } from "./tier.entity.js";

export class TierService {
  constructor(private readonly dataSource: DataSource) {}

  list(): Promise<Tier[]> {
    return this.dataSource.getRepository(Tier).find({ order: { rank: "ASC" } });
  }
}
