import { Arg, Ctx, ID, Resolver } from "type-graphql";
import { Permission } from "../common/auth.js";
import type { RequestContext } from "../common/context.js";
import { UserErrorCode } from "../common/errors.js";
import { DomainMutation, DomainQuery } from "../common/operations.js";
import type { Success } from "../common/payload.js";
import { validationCodes } from "../common/validation.js";
import { UnitOfWork } from "../db/unit-of-work.js";
import { ApiKey } from "./api-key.entity.js";
import { ApiKeyService } from "./api-key.service.js";
import { ApiKeyCreateInput, ApiKeyCreatePayload, ApiKeyPayload } from "./api-key.types.js";

@Resolver()
export class ApiKeyResolver {
  constructor(
    private readonly keys: ApiKeyService,
    private readonly work: UnitOfWork,
  ) {}

  @DomainQuery(() => [ApiKey], {
    access: Permission.API_KEYS_MANAGE,
    description: "The account's API keys, revoked ones included, newest first.",
  })
  apiKeys(@Ctx() ctx: RequestContext): Promise<ApiKey[]> {
    return this.keys.list(this.work.read(ctx));
  }

  @DomainMutation(() => ApiKeyCreatePayload, {
    access: Permission.API_KEYS_MANAGE,
    refuses: validationCodes(ApiKeyCreateInput),
    description: "Creates a key; its secret is in this answer only.",
  })
  apiKeyCreate(
    @Arg("input") input: ApiKeyCreateInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Success<typeof ApiKeyCreatePayload>> {
    return this.work.run(ctx, (sc) => this.keys.create(sc, input));
  }

  @DomainMutation(() => ApiKeyPayload, {
    access: Permission.API_KEYS_MANAGE,
    refuses: [UserErrorCode.NOT_FOUND, UserErrorCode.ALREADY_REVOKED],
    description: "Revokes a key at once; requests with it are refused.",
  })
  async apiKeyRevoke(
    @Arg("id", () => ID) id: string,
    @Ctx() ctx: RequestContext,
  ): Promise<Success<typeof ApiKeyPayload>> {
    return { apiKey: await this.work.run(ctx, (sc) => this.keys.revoke(sc, id)) };
  }
}
