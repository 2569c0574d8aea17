import { Arg, Ctx, Resolver } from "type-graphql";
import { AuditService } from "../audit/audit.service.js";
import { auditScope } from "../audit/audit-scope.js";
import { clientIp, httpOf, type RequestContext } from "../common/context.js";
import { UserErrorCode } from "../common/errors.js";
import { DomainMutation, DomainQuery } from "../common/operations.js";
import type { Success } from "../common/payload.js";
import { validationCodes } from "../common/validation.js";
import { type ServiceContext, UnitOfWork } from "../db/unit-of-work.js";
import { SignUpService } from "../sign-up/sign-up.service.js";
import { AuthService, type NewSession, SESSION_LIFETIME_MS } from "./auth.service.js";
import {
  AccountActivateInput,
  SignInInput,
  SignInPayload,
  SignOutPayload,
  TokenInfo,
  Viewer,
} from "./auth.types.js";
import { anyCaller } from "./identify.js";
import { PASSWORD_CODES } from "./password-policy.js";
import { clearSessionCookie, setSessionCookie } from "./session-cookie.js";
import { ViewerService } from "./viewer.service.js";

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly viewers: ViewerService,
    private readonly work: UnitOfWork,
    private readonly audit: AuditService,
    private readonly signUps: SignUpService,
  ) {}

  @DomainQuery(() => Viewer, {
    access: "ANYONE",
    nullable: true,
    description: "The caller, or null when nobody is signed in.",
  })
  async viewer(@Ctx() ctx: RequestContext): Promise<Viewer | null> {
    return ctx.actor ? this.viewers.describe(this.work.read(ctx)) : null;
  }

  @DomainMutation(() => SignInPayload, {
    access: "ANYONE",
    refuses: [
      ...validationCodes(SignInInput),
      UserErrorCode.TOO_MANY_ATTEMPTS,
      UserErrorCode.INVALID_CREDENTIALS,
      UserErrorCode.ACCOUNT_DISABLED,
    ],
    description: "Signs in with email and password and sets the session cookie.",
  })
  async signIn(
    @Arg("input") input: SignInInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Success<typeof SignInPayload>> {
    // No transaction: see AuthService.signIn.
    const sc = this.work.read(anyCaller(ctx));
    const scope = auditScope.getStore();
    let session: NewSession;
    try {
      session = await this.auth.signIn(sc, input.email, input.password, clientIp(httpOf(ctx).req));
    } catch (error) {
      // The audit middleware writes the refusal; it is logged as a failed sign-in of that email.
      if (scope) {
        scope.operation = "signInFailed";
        scope.as = await this.audit.signingIn({ email: input.email });
      }
      throw error;
    }
    if (scope) scope.as = await this.audit.signingIn({ userId: session.userId });
    return this.signedIn(ctx, session);
  }

  @DomainMutation(() => SignOutPayload, {
    access: "SIGNED_IN",
    refuses: [],
    description: "Ends this browser's session.",
  })
  signOut(@Ctx() ctx: RequestContext): Promise<Success<typeof SignOutPayload>> {
    return this.signedOut(ctx, (sc) => this.auth.signOut(sc));
  }

  @DomainMutation(() => SignOutPayload, {
    access: "SIGNED_IN",
    refuses: [],
    description: "Ends every session of the signed-in person, on every device.",
  })
  signOutEverywhere(@Ctx() ctx: RequestContext): Promise<Success<typeof SignOutPayload>> {
    return this.signedOut(ctx, (sc) => this.auth.signOutEverywhere(sc));
  }

  @DomainQuery(() => TokenInfo, {
    access: "ANYONE",
    description: "What an activation, invitation or sign-up link is for, and whether it still works.",
  })
  async tokenInfo(@Ctx() ctx: RequestContext, @Arg("token") token: string): Promise<TokenInfo> {
    const sc = this.work.read(anyCaller(ctx));
    return (await this.signUps.tokenInfo(sc, token)) ?? this.auth.tokenInfo(sc, token);
  }

  @DomainMutation(() => SignInPayload, {
    access: "ANYONE",
    refuses: [
      ...validationCodes(AccountActivateInput),
      ...PASSWORD_CODES,
      UserErrorCode.TOKEN_INVALID,
      UserErrorCode.TOKEN_USED,
      UserErrorCode.TOKEN_EXPIRED,
      UserErrorCode.ACCOUNT_DISABLED,
      UserErrorCode.INVITATION_REVOKED,
      UserErrorCode.EMAIL_IN_USE,
      UserErrorCode.INVALID_CREDENTIALS,
      UserErrorCode.TOO_MANY_ATTEMPTS,
    ],
    description:
      "Uses an activation or invitation link and signs in. A person without a password sets one; a person who has one enters it to accept, and keeps it. An invitation joins the team.",
  })
  async accountActivate(
    @Arg("input") input: AccountActivateInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Success<typeof SignInPayload>> {
    const session = await this.work.run(anyCaller(ctx), (sc) =>
      this.auth.useToken(sc, input.token, input.password, input.name ?? null, clientIp(httpOf(ctx).req)),
    );
    return this.signedIn(ctx, session);
  }

  /** Ends the session(s) and takes the browser's cookie away. */
  private async signedOut(
    ctx: RequestContext,
    end: (sc: ServiceContext) => Promise<void>,
  ): Promise<Success<typeof SignOutPayload>> {
    await this.work.run(ctx, end);
    const { req, res } = httpOf(ctx);
    clearSessionCookie(req, res);
    return { signedOut: true };
  }

  /** Hands the browser its session cookie and answers with who it now is. */
  private async signedIn(ctx: RequestContext, session: NewSession): Promise<Success<typeof SignInPayload>> {
    const { req, res } = httpOf(ctx);
    setSessionCookie(req, res, session.token, SESSION_LIFETIME_MS);
    return { viewer: await this.viewers.describeUser(this.work.read(anyCaller(ctx)), session.userId) };
  }
}
