import { MaxLength } from "class-validator";
import { Field, InputType } from "type-graphql";
import { PASSWORD_RULE } from "../auth/password-policy.js";
import { payloadType } from "../common/payload.js";
import { IsEmailAddress, IsNotBlank } from "../common/validation.js";

@InputType()
export class SignUpInput {
  @Field({ description: "The owner's email; the confirmation link goes there." })
  @IsEmailAddress("Enter an email address such as you@company.com")
  @MaxLength(254)
  email: string;

  // The rest of the rule needs the email, so the service checks it (password-policy.ts).
  @Field({ description: PASSWORD_RULE })
  @MaxLength(200)
  password: string;

  @Field()
  @IsNotBlank("Enter your company's name")
  @MaxLength(200)
  companyName: string;

  @Field({ description: "The company's country, ISO 3166-1 alpha-2, such as DE." })
  country: string;
}

export const SignUpPayload = payloadType<{ email: string | null }>("SignUpPayload", {
  email: {
    type: () => String,
    description:
      "Where the confirmation link went. The answer is the same whether or not the email already had an account; that mail says which.",
  },
});
