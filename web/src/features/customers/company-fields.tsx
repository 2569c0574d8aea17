import { Textarea, TextInput } from "@mantine/core";
import type { GetInputPropsReturnType } from "@mantine/form";

interface CompanyFieldsProps {
  /** The inputs' values and handlers, from the form. */
  companyName: GetInputPropsReturnType;
  comment: GetInputPropsReturnType;
  /** How tall the comment may grow, in lines. */
  commentRows: number;
}

/** The customer's company name as the reseller knows it, and the team's private note about it. */
export function CompanyFields({ companyName, comment, commentRows }: CompanyFieldsProps) {
  return (
    <>
      <TextInput label="Company name" required autoComplete="off" {...companyName} />
      <Textarea
        label="Comment"
        description="A private note: only your team sees this."
        autosize
        minRows={2}
        maxRows={commentRows}
        {...comment}
      />
    </>
  );
}
