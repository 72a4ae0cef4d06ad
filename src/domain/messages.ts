/**
 * Member-facing texts produced by the domain rules, kept together so they can be translated later.
 */
export const DOMAIN_MESSAGES = {
  durationInvalid: (input: string) =>
    `\`${input}\` is not a duration: use a number and a unit, for example 30m, 12h, 7d or 2w (units m, h, d, w).`,
  durationOutOfRange: (input: string) =>
    `A duration must be between 1 minute and 90 days (got \`${input}\`).`,
  tagInvalid: (tag: string) =>
    `\`${tag}\` is not a valid tag: use 1-24 characters, lowercase letters a-z, digits and hyphens, starting with a letter or digit.`,
  tagsMissing: (vocabulary: readonly string[]) =>
    `Give at least one tag. Choose from: ${vocabulary.join(', ')}.`,
  tagsTooMany: (max: number, count: number) => `Give at most ${max} tags (you gave ${count}).`,
  tagUnknown: (tag: string, vocabulary: readonly string[]) =>
    `Unknown tag \`${tag}\`. Choose from: ${vocabulary.join(', ')}.`,
  tagRepeated: (tag: string) => `The tag \`${tag}\` is listed more than once.`,
  feedbackEmpty: 'Feedback cannot be empty.',
  feedbackTooLong: (max: number, length: number) =>
    `Feedback can be at most ${max} characters (yours has ${length}).`,
} as const;
