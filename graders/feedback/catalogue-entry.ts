/** The shape of a message's wording, shared by the engine's catalogue and the messages each check declares. */

/** How much a message matters to the candidate. */
export type Severity = 'essential' | 'actionable' | 'informative' | 'celebratory';

/** One message: its severity and its wording, where `{name}` is replaced by the parameter of that name. */
export interface CatalogueEntry {
  severity: Severity;
  text: string;
  /**
   * Parameters the message carries as data without showing them in its text (what was written, the chain of a
   * call), for a UI that re-words it. With the text's placeholders they are every parameter the message takes.
   */
  carries?: readonly string[];
}

/** Messages by id, as the engine and each check declare them (`as const`, so each text's placeholders are known). */
export type Wording = Readonly<Record<string, CatalogueEntry>>;

/**
 * Parameters of a rendered message, as the report carries them; lists are joined by the caller so the catalogue
 * decides no grammar. Saying a message takes the narrower ParamsOf its entry.
 */
export type MessageParams = Readonly<Record<string, string | number>>;

/** The message ids of each table of a union (`keyof` alone would keep only the ids every table shares). */
type IdsOf<Tables> = Tables extends unknown ? keyof Tables & string : never;

/** A union of message tables joined into one table, each id with its own entry (how registries join wordings). */
export type JoinWordings<Tables> = {
  readonly [Id in IdsOf<Tables>]: Extract<Tables, Readonly<Record<Id, unknown>>>[Id];
};
