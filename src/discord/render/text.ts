/** Discord's limits on an embed (characters), shared by every renderer that builds one. */
export const EMBED_LIMIT = {
  title: 256,
  description: 4096,
  fieldName: 256,
  fieldValue: 1024,
  fields: 25,
  /** Titles, descriptions, field names and values, footers and authors of all embeds of one message. */
  total: 6000,
} as const;
