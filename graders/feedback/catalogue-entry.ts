/** The shape of a message's wording, shared by the engine's catalogue and the messages each check declares. */

/** How much a message matters to the candidate. */
export type Severity = 'essential' | 'actionable' | 'informative' | 'celebratory';

/** One message: its severity and its wording, where `{name}` is replaced by the parameter of that name. */
export interface CatalogueEntry {
  severity: Severity;
  text: string;
}

/** Parameters of a message; lists are joined by the caller so the catalogue decides no grammar. */
export type MessageParams = Readonly<Record<string, string | number>>;
