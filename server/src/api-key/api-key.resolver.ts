import { MaxLength } from "class-validator";
import {
  Arg,
  Authorized,
  Ctx,
  Field,
  ID,
  InputType,
  Mutation,
  ObjectType,
  Query,
  Resolver,
} from "type-graphql";
import { ApiKeyScope, Permission } from "../common/auth.js";
import { actorOf, type RequestContext } from "../common/context.js";
import { UserError } from "../common/errors.js";
import { IsNotBlank } from "../common/validation.js";
import { ApiKey } from "./api-key.entity.js";
import { ApiKeyService } from "./api-key.service.js";

@InputType()
export class ApiKeyCreateInput {
  @Field({ description: "What the key is for, e.g. the integration's name." })
  @IsNotBlank("Give the key a name")
  @MaxLength(80)
  name: string;

  @Field(() => ApiKeyScope)
  scope: ApiKeyScope;
}

@ObjectType()
export class ApiKeyCreatePayload {
  @Field(() => ApiKey, { nullable: true })
  apiKey: ApiKey | null;

  @Field(() => String, {
    nullable: true,
    description: "The whole key, to send as `Authorization: Bearer <key>`. Shown only in this answer.",
  })
  secret: string | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}

@ObjectType()
export class ApiKeyPayload {
  @Field(() => ApiKey, { nullable: true })
  apiKey: ApiKey | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}

@Authorized(Permission.API_KEYS_MANAGE)
@Resolver()
export class ApiKeyResolver {
  constructor(private readonly keys: ApiKeyService) {}

  @Query(() => [ApiKey], { description: "The account's API keys, revoked ones included, newest first." })
  apiKeys(@Ctx() ctx: RequestContext): Promise<ApiKey[]> {
    return this.keys.list(actorOf(ctx));
  }

  @Mutation(() => ApiKeyCreatePayload, { description: "Creates a key; its secret is in this answer only." })
  async apiKeyCreate(
    @Arg("input") input: ApiKeyCreateInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ApiKeyCreatePayload> {
    const { apiKey, secret } = await this.keys.create(actorOf(ctx), input);
    return { apiKey, secret, userErrors: [] };
  }

  @Mutation(() => ApiKeyPayload, { description: "Revokes a key at once; requests with it are refused." })
  async apiKeyRevoke(@Arg("id", () => ID) id: string, @Ctx() ctx: RequestContext): Promise<ApiKeyPayload> {
    return { apiKey: await this.keys.revoke(actorOf(ctx), id), userErrors: [] };
  }
}
