import { MaxLength } from "class-validator";
import { Field, InputType } from "type-graphql";
import { ApiKeyScope } from "../common/auth.js";
import { payloadType } from "../common/payload.js";
import { IsNotBlank } from "../common/validation.js";
import { ApiKey } from "./api-key.entity.js";

@InputType()
export class ApiKeyCreateInput {
  @Field({ description: "What the key is for, e.g. the integration's name." })
  @IsNotBlank("Give the key a name")
  @MaxLength(80)
  name: string;

  @Field(() => ApiKeyScope)
  scope: ApiKeyScope;
}

export const ApiKeyCreatePayload = payloadType<{ apiKey: ApiKey | null; secret: string | null }>(
  "ApiKeyCreatePayload",
  {
    apiKey: { type: () => ApiKey },
    secret: {
      type: () => String,
      description: "The whole key, to send as `Authorization: Bearer <key>`. Shown only in this answer.",
    },
  },
);

export const ApiKeyPayload = payloadType<{ apiKey: ApiKey | null }>("ApiKeyPayload", {
  apiKey: { type: () => ApiKey },
});
