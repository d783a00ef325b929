import type { EntityManager } from 'typeorm';

type Db = Pick<EntityManager, 'query'>;

interface IndexOf {
  definition: string;
  /** The primary-key or unique constraint it backs, with that constraint's definition. */
  constraint: string | null;
  constraintDefinition: string | null;
  /** Created with the table: the projections' upserts need it. */
  unique: boolean;
}

/**
 * Copies of read-model tables in a scratch schema for a bulk rebuild, named exactly like the live ones
 * (index and constraint names are per schema), so that moving them into `public` later leaves the
 * database as the migrations made it. Indexes are built once at the end, which is far cheaper than
 * maintaining them row by row; only the unique ones of tables written event by event exist while rows
 * are written (the projections' upserts need them). A table copied in bulk gets its unique indexes at
 * the end too, and a row copied twice fails their build.
 */
export class ScratchTables {
  private constructor(
    private readonly schema: string,
    private readonly deferred: Map<string, IndexOf[]>,
  ) {}

  static async create(db: Db, schema: string, tables: readonly string[], copiedInBulk: ReadonlySet<string> = new Set()): Promise<ScratchTables> {
    await db.query(`CREATE SCHEMA ${schema}`);
    const deferred = new Map<string, IndexOf[]>();
    for (const table of tables) {
      const indexes = await indexesOf(db, table);
      await db.query(`CREATE TABLE ${schema}.${table} (LIKE public.${table} INCLUDING ALL EXCLUDING INDEXES)`);
      const now = copiedInBulk.has(table) ? [] : indexes.filter((i) => i.unique);
      for (const index of now) await db.query(indexStatement(index, table, schema));
      deferred.set(table, indexes.filter((i) => !now.includes(i)));
    }
    return new ScratchTables(schema, deferred);
  }

  /**
   * Builds the indexes left out of `tables` now, once most of their rows are written while Postgres has
   * time to spare (rows written after are indexed as they come); `finish` does the rest.
   */
  async indexNow(db: Db, tables: readonly string[]): Promise<void> {
    for (const table of tables) {
      const indexes = this.deferred.get(table) ?? [];
      this.deferred.set(table, []);
      for (const index of indexes) await db.query(indexStatement(index, table, this.schema));
    }
  }

  /**
   * Builds the indexes left out while the rows were written, and gathers the planner's statistics (new
   * tables have none, and the queries on them would be planned for empty tables until autovacuum); on
   * two connections (on the embedded database's one, in turn), the largest tables first, so that the
   * others are done while the largest one's indexes are built.
   */
  async finish(db: Db): Promise<void> {
    const bySize: { table: string }[] = await db.query(
      `SELECT relname AS table FROM pg_class WHERE relnamespace = $1::regnamespace AND relname = ANY($2) ORDER BY pg_relation_size(oid) DESC, relname`,
      [this.schema, [...this.deferred.keys()]],
    );
    const queue = bySize.map((t) => t.table);
    const connection = async () => {
      for (let table = queue.shift(); table !== undefined; table = queue.shift()) {
        try {
          await this.indexNow(db, [table]);
          await db.query(`ANALYZE ${this.schema}.${table}`);
        } catch (error) {
          // The other connection finishes the table it is on, and takes no other.
          queue.length = 0;
          throw error;
        }
      }
    };
    // Both settle before a failure is thrown: the schema may be dropped next.
    const failed = (await Promise.allSettled([connection(), connection()])).find((r) => r.status === 'rejected');
    if (failed) throw failed.reason;
    await this.continueIdentities(db, [...this.deferred.keys()]);
  }

  /** An identity column a rebuild wrote itself (the audit log's order) continues after its highest value. */
  async continueIdentities(db: Db, tables: readonly string[]): Promise<void> {
    for (const table of tables) {
      for (const { name, quoted } of await identityColumns(db, `${this.schema}.${table}`)) {
        await db.query(
          `SELECT setval(pg_get_serial_sequence($1, $2), highest) FROM (SELECT max(${quoted}) AS highest FROM ${this.schema}.${table}) t WHERE highest IS NOT NULL`,
          [`${this.schema}.${table}`, name],
        );
      }
    }
  }

  /** Replaces the live tables with the scratch ones; meant for a transaction that holds the projections' locks. */
  async swapIntoPublic(tx: Db): Promise<void> {
    for (const table of this.deferred.keys()) {
      await tx.query(`DROP TABLE public.${table}`);
      await tx.query(`ALTER TABLE ${this.schema}.${table} SET SCHEMA public`);
    }
  }

  /** Also after a failed `create`: whatever it made goes. */
  static async drop(db: Db, schema: string): Promise<void> {
    await db.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  }
}

async function identityColumns(db: Db, table: string): Promise<{ name: string; quoted: string }[]> {
  return db.query(
    `SELECT attname AS name, quote_ident(attname) AS quoted FROM pg_attribute WHERE attrelid = $1::regclass AND attidentity <> '' AND NOT attisdropped`,
    [table],
  );
}

async function indexesOf(db: Db, table: string): Promise<IndexOf[]> {
  return db.query(
    `SELECT pg_get_indexdef(x.indexrelid) AS definition, c.conname AS "constraint",
            pg_get_constraintdef(c.oid) AS "constraintDefinition", x.indisunique AS unique
       FROM pg_index x
       JOIN pg_class i ON i.oid = x.indexrelid
       LEFT JOIN pg_constraint c ON c.conindid = x.indexrelid AND c.conrelid = x.indrelid
      WHERE x.indrelid = $1::regclass
      ORDER BY i.relname`,
    [`public.${table}`],
  );
}

/** A unique index backing a constraint is made by adding the constraint, so that the constraint exists too. */
function indexStatement(index: IndexOf, table: string, schema: string): string {
  if (index.constraint) return `ALTER TABLE ${schema}.${table} ADD CONSTRAINT ${index.constraint} ${index.constraintDefinition}`;
  return retarget(index.definition, table, schema);
}

function retarget(definition: string, table: string, schema: string): string {
  // pg_get_indexdef qualifies the table only when the search path does not reach it.
  const on = new RegExp(`^(CREATE (?:UNIQUE )?INDEX \\S+ ON )(?:public\\.)?${table} `);
  if (!on.test(definition)) throw new Error(`unexpected index definition for ${table}: ${definition}`);
  return definition.replace(on, `$1${schema}.${table} `);
}
