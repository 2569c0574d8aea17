import { Field, ObjectType } from "type-graphql";

@ObjectType({ description: "The service's own report on whether it can serve requests." })
export class Health {
  @Field({ description: '"ok" when the database answers.' })
  status: string;

  @Field({
    description:
      'Which PostgreSQL the server uses: "embedded" (started by the server itself) or "external" (from DATABASE_URL).',
  })
  database: string;

  @Field({ description: "The version string of the PostgreSQL server." })
  databaseVersion: string;

  @Field({ description: "The server's current time, from its clock." })
  serverTime: Date;

  @Field({ description: "The version of the running server." })
  version: string;
}
