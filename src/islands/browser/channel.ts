/**
 * The one BroadcastChannel on which tabs tell each other a werkboek changed; the message itself is
 * announceChange (lib/werkboek/session.ts). Part of the werkboek runtime chunk: only pages that write
 * a werkboek open it.
 */
import { STORAGE_KEYS } from "../../lib/werkboek/storageKeys.ts";

export const openWerkboekChannel = (): BroadcastChannel | null => (typeof BroadcastChannel === "function" ? new BroadcastChannel(STORAGE_KEYS.channel) : null);
