// Every migration, in order. `npm run db:generate -- <Name>` adds new ones here.
// Never edit a migration that has landed: add a new one.
import { ForumModeration1796484582850 } from './1796484582850-forum-moderation';
import { Forums1796483867238 } from './1796483867238-forums';
import { Petitions1796434714520 } from './1796434714520-petitions';
import { AuditHashChain1795400100000 } from './1795400100000-audit-hash-chain';
import { ReportPublication1795400200000 } from './1795400200000-report-publication';
import { SessionHardening1795400000000 } from './1795400000000-session-hardening';
import { UserLastSignIn1795399000000 } from './1795399000000-user-last-sign-in';
import { HolidaySeedYears1795366056469 } from './1795366056469-holiday-seed-years';
import { ReportsSearchVector1795356000000 } from './1795356000000-reports-search-vector';
import { Reports1795354548974 } from './1795354548974-reports';
import { Uploads1795354547254 } from './1795354547254-uploads';
import { WorkingCalendar1795354443417 } from './1795354443417-working-calendar';
import { Notifications1795347516054 } from './1795347516054-notifications';
import { Identity1795346236130 } from './1795346236130-identity';
import { ReferenceData1795343020283 } from './1795343020283-reference-data';
import { ReportPointArea1795400300000 } from './1795400300000-report-point-area';
import { ReportSitemapIndex1795400400000 } from './1795400400000-report-sitemap-index';
import { Meetings1796500100000 } from './1796500100000-meetings';
export const migrations = [
  ReferenceData1795343020283,
  Identity1795346236130,
  Notifications1795347516054,
  WorkingCalendar1795354443417,
  Uploads1795354547254,
  Reports1795354548974,
  ReportsSearchVector1795356000000,
  HolidaySeedYears1795366056469,
  UserLastSignIn1795399000000,
  SessionHardening1795400000000,
  AuditHashChain1795400100000,
  ReportPublication1795400200000,
  ReportPointArea1795400300000,
  ReportSitemapIndex1795400400000,
  Petitions1796434714520,
  Forums1796483867238,
  ForumModeration1796484582850,
  Meetings1796500100000,
];
