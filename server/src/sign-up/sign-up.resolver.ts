import { Arg, Ctx, Resolver } from "type-graphql";
import { SESSION_LIFETIME_MS } from "../auth/auth.service.js";
import { SignInPayload } from "../auth/auth.types.js";
import { anyCaller } from "../auth/identify.js";
import { PASSWORD_CODES } from "../auth/password-policy.js";
import { setSessionCookie } from "../auth/session-cookie.js";
import { ViewerService } from "../auth/viewer.service.js";
import { httpOf, type RequestContext } from "../common/context.js";
import { UserErrorCode } from "../common/errors.js";
import { DomainMutation } from "../common/operations.js";
import type { Success } from "../common/payload.js";
import { validationCodes } from "../common/validation.js";
import { UnitOfWork } from "../db/unit-of-work.js";
import { SignUpService } from "./sign-up.service.js";
import { SignUpInput, SignUpPayload } from "./sign-up.types.js";

/** A company signs up to resell, then confirms its email from the mailed link. */
@Resolver()
export class SignUpResolver {
  constructor(
    private readonly service: SignUpService,
    private readonly viewers: ViewerService,
    private readonly work: UnitOfWork,
  ) {}

  @DomainMutation(() => SignUpPayload, {
    access: "ANYONE",
    refuses: [...validationCodes(SignUpInput), ...PASSWORD_CODES, UserErrorCode.INVALID_COUNTRY],
    description:
      "Signs a company up to resell: the email gets a link that confirms it and signs the owner in, to apply. The answer is the same whether or not the email already has an account; the mail says which.",
  })
  async signUp(
    @Ctx() ctx: RequestContext,
    @Arg("input") input: SignUpInput,
  ): Promise<Success<typeof SignUpPayload>> {
    return this.work.run(anyCaller(ctx), (sc) => this.service.request(sc, input));
  }

  @DomainMutation(() => SignInPayload, {
    access: "ANYONE",
    refuses: [
      UserErrorCode.TOKEN_INVALID,
      UserErrorCode.TOKEN_USED,
      UserErrorCode.TOKEN_EXPIRED,
      UserErrorCode.EMAIL_IN_USE,
    ],
    description:
      "Follows a sign-up link: the company's account is made, waiting to be approved as a reseller, and its owner is signed in.",
  })
  async signUpConfirm(
    @Ctx() ctx: RequestContext,
    @Arg("token", { description: "The token from the mailed link." }) token: string,
  ): Promise<Success<typeof SignInPayload>> {
    const session = await this.work.run(anyCaller(ctx), (sc) => this.service.confirm(sc, token));
    const { req, res } = httpOf(ctx);
    setSessionCookie(req, res, session.token, SESSION_LIFETIME_MS);
    return { viewer: await this.viewers.describeUser(this.work.read(anyCaller(ctx)), session.userId) };
  }
}
