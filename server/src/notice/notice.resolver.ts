import { Arg, Args, Ctx, Int, Resolver } from "type-graphql";
import { Permission } from "../common/auth.js";
import type { RequestContext } from "../common/context.js";
import { DomainQuery } from "../common/operations.js";
import { type Page, PageArgs } from "../common/pagination.js";
import { UnitOfWork } from "../db/unit-of-work.js";
import { NoticeService } from "./notice.service.js";
import { type UpcomingNotice, UpcomingNoticeConnection } from "./notice.types.js";

@Resolver()
export class NoticeResolver {
  constructor(
    private readonly service: NoticeService,
    private readonly work: UnitOfWork,
  ) {}

  @DomainQuery(() => UpcomingNoticeConnection, {
    access: Permission.RESELLER_READ,
    description:
      "Renewals and terminations coming up within `withinDays` (90 by default), soonest first, with their notices.",
  })
  upcomingNotices(
    @Ctx() ctx: RequestContext,
    @Args() page: PageArgs,
    @Arg("withinDays", () => Int, { nullable: true, description: "1 to 366; 90 by default." })
    withinDays: number | null,
  ): Promise<Page<UpcomingNotice>> {
    return this.service.upcoming(this.work.read(ctx), { ...page, withinDays });
  }
}
