/**
 * The one place that opens the raadskompas database and brings it to the current schema version.
 * Small and without the werkboek store, so the home page can read a summary without the runtime;
 * store.ts adds the Dutch error around it for everyone else (openDatabase, openStore).
 */
import { openDB, type IDBPDatabase } from "idb";
import { OBJECT_STORES, STORAGE_KEYS } from "./storageKeys.ts";

/** Opens (and creates or upgrades) the database; throws whatever the browser throws. */
export function openRaadskompasDatabase(): Promise<IDBPDatabase> {
  return openDB(STORAGE_KEYS.db, STORAGE_KEYS.dbVersion, {
    upgrade(database) {
      for (const name of OBJECT_STORES) {
        if (!database.objectStoreNames.contains(name)) database.createObjectStore(name, { keyPath: "id" });
      }
    },
  });
}
