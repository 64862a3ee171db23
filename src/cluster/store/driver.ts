/**
 * What the shared SQL store needs from a database engine. Each adapter (PGlite, pg) implements it
 * and maps every driver error to a StoreError (keeping the SQLSTATE), so `SqlStore` and the
 * migrations are written once.
 */
export type Row = Record<string, unknown>;

export interface SqlExecutor {
  /**
   * One statement with $1.. parameters, one round trip. `name` marks a statement the engine may
   * prepare once and reuse (a constant text).
   */
  query<R extends object = Row>(text: string, params?: readonly unknown[], name?: string): Promise<R[]>;
  /** Several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
}

export interface SqlDriver extends SqlExecutor {
  readonly kind: 'pglite' | 'postgres';
  /** Runs `fn` between BEGIN and COMMIT on one connection; ROLLBACK if it throws. */
  transaction<T>(fn: (tx: SqlExecutor) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
