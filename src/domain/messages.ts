/**
 * Member-facing texts produced by the domain rules, kept together so they can be translated later.
 */
export const DOMAIN_MESSAGES = {
  featureKeyInvalid: (key: string) =>
    `\`${key}\` is not a valid feature key: use 2-32 characters, lowercase letters a-z, digits and hyphens, starting with a letter or digit.`,
  featureNameLength: (length: number) => `A feature name must be 1-80 characters (yours has ${length}).`,
  featureDescriptionLength: (length: number) =>
    `A feature description must be 1-1000 characters (yours has ${length}).`,
  seatCapInvalid: (value: number) => `The seat count must be a whole number from 1 to 100000 (got ${value}).`,
  seatCapOnlyEarlyAccess: (levelLabel: string) =>
    `Seat caps apply to Early Access only; this feature is in ${levelLabel}, where seats are not counted.`,
  alreadyRetired: 'This feature is already retired.',
  retireReasonLength: (max: number, length: number) =>
    `A retirement reason must be 1-${max} characters (yours has ${length}).`,
  retireOnlyEarlyAccess: (levelLabel: string) =>
    `Only Early Access features can be retired; this feature is in ${levelLabel}.`,
  gateFieldInvalid: (field: string, max: number) => `\`${field}\` must be a whole number from 0 to ${max}.`,
  gateThresholdsNotObject: 'Gate thresholds must give min_feedback, min_days and max_open_blockers.',
} as const;
