/** The audit trail's types: who changed what in the Trust's equality data, and when (names, never values). */
export const auditTypeDefs = /* GraphQL */ `
"""One change to the Trust's equality data: field names only, never their values."""
type AuditEntry {
  id: ID!
  """When, as an ISO 8601 instant in UTC."""
  at: String!
  actorType: AuditActorType!
  """The admin user's or API token's id; null for the system."""
  actorId: String
  """The admin user's e-mail, the API token's name, or "system"."""
  actorName: String!
  action: AuditAction!
  """The content type's UID, such as plugin::equality.objective; null for an entry spanning types (the demo seed)."""
  contentType: String
  """The changed document's documentId."""
  documentId: ID
  """The academy's slug; null for Trust-level data (the Trust, its objectives, pay and recruitment detail)."""
  academy: String
  changedFields: [String!]!
  """Bulk entries (imports, the retention job): how many documents of each type each action touched."""
  counts: [AuditCount!]!
  note: String
}

type AuditCount {
  contentType: String!
  action: AuditAction!
  count: Int!
}
`;
