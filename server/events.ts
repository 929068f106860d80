// In-process events between layers: commands announce what happened; the search worker and realtime listen.
import { EventEmitter } from 'node:events';

export interface AppEventMap {
  /** A searchable document was written: the search sync worker should run soon. */
  'search.pending': [];
  /** Something a live client may want to see (the realtime layer decides who). */
  'realtime.broadcast': [{ room: string; event: string; payload: unknown }];
}

export class AppEvents extends EventEmitter<AppEventMap> {
  constructor() {
    super();
    this.setMaxListeners(50);
  }
}
