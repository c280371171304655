import * as migration_20261124_200527_initial from './20261124_200527_initial';
import * as migration_20261201_222456_review_status from './20261201_222456_review_status';
import * as migration_20261201_223520_version_authors from './20261201_223520_version_authors';
import * as migration_20261201_233202_asker_context_limits_as_of_jobs from './20261201_233202_asker_context_limits_as_of_jobs';
import * as migration_20261202_011342_mails_deadline_schedule from './20261202_011342_mails_deadline_schedule';
import * as migration_20261202_015633_texts_parent_order from './20261202_015633_texts_parent_order';
import * as migration_20261202_064317_join_requests from './20261202_064317_join_requests';
import * as migration_20261202_065040_questions_drafts_body from './20261202_065040_questions_drafts_body';
import * as migration_20261202_135549_peer_reviews from './20261202_135549_peer_reviews';
import * as migration_20261203_163552_mail_peer_review from './20261203_163552_mail_peer_review';

export const migrations = [
  {
    up: migration_20261124_200527_initial.up,
    down: migration_20261124_200527_initial.down,
    name: '20261124_200527_initial',
  },
  {
    up: migration_20261201_222456_review_status.up,
    down: migration_20261201_222456_review_status.down,
    name: '20261201_222456_review_status',
  },
  {
    up: migration_20261201_223520_version_authors.up,
    down: migration_20261201_223520_version_authors.down,
    name: '20261201_223520_version_authors',
  },
  {
    up: migration_20261201_233202_asker_context_limits_as_of_jobs.up,
    down: migration_20261201_233202_asker_context_limits_as_of_jobs.down,
    name: '20261201_233202_asker_context_limits_as_of_jobs',
  },
  {
    up: migration_20261202_011342_mails_deadline_schedule.up,
    down: migration_20261202_011342_mails_deadline_schedule.down,
    name: '20261202_011342_mails_deadline_schedule',
  },
  {
    up: migration_20261202_015633_texts_parent_order.up,
    down: migration_20261202_015633_texts_parent_order.down,
    name: '20261202_015633_texts_parent_order',
  },
  {
    up: migration_20261202_064317_join_requests.up,
    down: migration_20261202_064317_join_requests.down,
    name: '20261202_064317_join_requests',
  },
  {
    up: migration_20261202_065040_questions_drafts_body.up,
    down: migration_20261202_065040_questions_drafts_body.down,
    name: '20261202_065040_questions_drafts_body',
  },
  {
    up: migration_20261202_135549_peer_reviews.up,
    down: migration_20261202_135549_peer_reviews.down,
    name: '20261202_135549_peer_reviews',
  },
  {
    up: migration_20261203_163552_mail_peer_review.up,
    down: migration_20261203_163552_mail_peer_review.down,
    name: '20261203_163552_mail_peer_review'
  },
];
