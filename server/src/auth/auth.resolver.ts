import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from "type-graphql";
import { clientIp, type RequestContext } from "../common/context.js";
import { AuthService, SESSION_LIFETIME_MS } from "./auth.service.js";
import {
  AccountActivateInput,
  SignInInput,
  SignInPayload,
  SignOutPayload,
  TokenInfo,
  type TokenStatusEnum,
  Viewer,
} from "./auth.types.js";
import { clearSessionCookie, setSessionCookie } from "./session-cookie.js";
import { ViewerService } from "./viewer.service.js";

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly viewers: ViewerService,
  ) {}

  @Query(() => Viewer, { nullable: true, description: "The caller, or null when nobody is signed in." })
  viewer(@Ctx() ctx: RequestContext): Promise<Viewer | null> {
    return ctx.actor ? this.viewers.describe(ctx.actor) : Promise.resolve(null);
  }

  @Mutation(() => SignInPayload, {
    description: "Signs in with email and password and sets the session cookie.",
  })
  async signIn(@Arg("input") input: SignInInput, @Ctx() ctx: RequestContext): Promise<SignInPayload> {
    const session = await this.auth.signIn(input.email, input.password, clientIp(ctx.req));
    setSessionCookie(ctx.req, ctx.res, session.token, SESSION_LIFETIME_MS);
    return { viewer: await this.viewers.describeUser(session.userId), userErrors: [] };
  }

  @Authorized()
  @Mutation(() => SignOutPayload, { description: "Ends this browser's session." })
  async signOut(@Ctx() ctx: RequestContext): Promise<SignOutPayload> {
    if (ctx.actor?.sessionId) await this.auth.signOut(ctx.actor.sessionId);
    clearSessionCookie(ctx.req, ctx.res);
    return { signedOut: true, userErrors: [] };
  }

  @Authorized()
  @Mutation(() => SignOutPayload, {
    description: "Ends every session of the signed-in person, on every device.",
  })
  async signOutEverywhere(@Ctx() ctx: RequestContext): Promise<SignOutPayload> {
    if (ctx.actor?.userId) await this.auth.signOutEverywhere(ctx.actor.userId);
    clearSessionCookie(ctx.req, ctx.res);
    return { signedOut: true, userErrors: [] };
  }

  @Query(() => TokenInfo, {
    description: "What an activation or invitation link is for, and whether it still works.",
  })
  async tokenInfo(@Arg("token") token: string): Promise<TokenInfo> {
    const info = await this.auth.tokenInfo(token);
    return { ...info, status: info.status as TokenStatusEnum };
  }

  @Mutation(() => SignInPayload, {
    description:
      "Uses an activation or invitation link: sets the password, joins the team for an invitation, and signs in.",
  })
  async accountActivate(
    @Arg("input") input: AccountActivateInput,
    @Ctx() ctx: RequestContext,
  ): Promise<SignInPayload> {
    const session = await this.auth.useToken(input.token, input.password, input.name ?? null);
    setSessionCookie(ctx.req, ctx.res, session.token, SESSION_LIFETIME_MS);
    return { viewer: await this.viewers.describeUser(session.userId), userErrors: [] };
  }
}
