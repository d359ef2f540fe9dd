// Every migration, in order. `npm run db:generate -- <Name>` adds new ones here.
// Never edit a migration that has landed: add a new one.
import { Notifications1795347516054 } from './1795347516054-notifications';
import { Identity1795346236130 } from './1795346236130-identity';
import { ReferenceData1795343020283 } from './1795343020283-reference-data';
export const migrations = [ReferenceData1795343020283, Identity1795346236130, Notifications1795347516054];
