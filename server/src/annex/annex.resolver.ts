import { Arg, Args, Ctx, ID, Resolver } from "type-graphql";
import { Permission } from "../common/auth.js";
import type { RequestContext } from "../common/context.js";
import { UserErrorCode } from "../common/errors.js";
import { DomainMutation, DomainQuery } from "../common/operations.js";
import { type Page, PageArgs } from "../common/pagination.js";
import type { Success } from "../common/payload.js";
import { validationCodes } from "../common/validation.js";
import { UnitOfWork } from "../db/unit-of-work.js";
import type { AnnexVersion } from "./annex.entity.js";
import { AnnexService } from "./annex.service.js";
import {
  AnnexAcceptPayload,
  AnnexPublishInput,
  AnnexPublishPayload,
  AnnexStatus,
  AnnexVersionConnection,
} from "./annex.types.js";

/** The reselling annex: staff publish versions, resellers' owners accept them. */
@Resolver()
export class AnnexResolver {
  constructor(
    private readonly service: AnnexService,
    private readonly work: UnitOfWork,
  ) {}

  @DomainQuery(() => AnnexStatus, {
    access: Permission.RESELLER_READ,
    description:
      "The reselling annex in force and any coming version, whether your account accepted them, who can accept, and every acceptance with its PDF.",
  })
  annexStatus(@Ctx() ctx: RequestContext): Promise<AnnexStatus> {
    return this.service.status(this.work.read(ctx));
  }

  @DomainMutation(() => AnnexAcceptPayload, {
    access: Permission.ANNEX_ACCEPT,
    refuses: [UserErrorCode.NOT_FOUND, UserErrorCode.ANNEX_SUPERSEDED],
    description:
      "Accepts a version of the reselling annex for your account: the one in force, or the coming one ahead of its date. Records who, when and from which address; accepting again changes nothing.",
  })
  async annexAccept(
    @Ctx() ctx: RequestContext,
    @Arg("versionId", () => ID) versionId: string,
  ): Promise<Success<typeof AnnexAcceptPayload>> {
    const from = { ip: ctx.ip, userAgent: ctx.userAgent };
    return { acceptance: await this.work.run(ctx, (sc) => this.service.accept(sc, versionId, from)) };
  }

  @DomainQuery(() => AnnexVersionConnection, {
    access: Permission.VENDOR_ADMIN,
    description: "Every published version of the reselling annex, newest first.",
  })
  annexVersions(@Ctx() ctx: RequestContext, @Args() page: PageArgs): Promise<Page<AnnexVersion>> {
    return this.service.list(this.work.read(ctx), page);
  }

  @DomainMutation(() => AnnexPublishPayload, {
    access: Permission.VENDOR_ADMIN,
    refuses: [...validationCodes(AnnexPublishInput), UserErrorCode.EFFECTIVE_DATE_TOO_EARLY],
    description:
      "Publishes a new version of the reselling annex, in force from its date. From then on each reseller's owner must accept it before the next purchase or trial.",
  })
  async annexPublish(
    @Ctx() ctx: RequestContext,
    @Arg("input") input: AnnexPublishInput,
  ): Promise<Success<typeof AnnexPublishPayload>> {
    return { annexVersion: await this.work.run(ctx, (sc) => this.service.publish(sc, input)) };
  }
}
