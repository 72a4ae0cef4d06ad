import { randomBytes } from 'node:crypto';
import { AccessRepository } from './access-repository.js';
import { type Db, openDatabase } from './database.js';
import { DiscussionRepository } from './discussion-repository.js';
import { FanoutRepository } from './fanout-repository.js';
import { FeatureRepository } from './feature-repository.js';
import { FeedbackRepository } from './feedback-repository.js';
import { InviteRepository } from './invite-repository.js';
import { MemberDataRepository } from './member-data-repository.js';
import { NotificationRepository } from './notification-repository.js';
import { OutboxRepository } from './outbox-repository.js';
import { PromotionRepository } from './promotion-repository.js';
import { ReceiptRepository } from './receipt-repository.js';
import { SettingsRepository } from './settings-repository.js';
import { VoteRepository } from './vote-repository.js';
import { WaitlistRepository } from './waitlist-repository.js';

/** The repositories over one database, plus the means to group their writes in one transaction. */
export class Store {
  readonly settings: SettingsRepository;
  readonly features: FeatureRepository;
  readonly feedback: FeedbackRepository;
  readonly outbox: OutboxRepository;
  readonly promotions: PromotionRepository;
  readonly access: AccessRepository;
  readonly invites: InviteRepository;
  readonly waitlist: WaitlistRepository;
  readonly fanout: FanoutRepository;
  readonly votes: VoteRepository;
  readonly notifications: NotificationRepository;
  readonly memberData: MemberDataRepository;
  readonly discussion: DiscussionRepository;
  readonly receipts: ReceiptRepository;

  constructor(readonly db: Db) {
    this.settings = new SettingsRepository(db);
    this.features = new FeatureRepository(db);
    this.feedback = new FeedbackRepository(db);
    this.outbox = new OutboxRepository(db);
    this.promotions = new PromotionRepository(db);
    this.access = new AccessRepository(db);
    this.invites = new InviteRepository(db);
    this.waitlist = new WaitlistRepository(db);
    this.fanout = new FanoutRepository(db);
    this.votes = new VoteRepository(db);
    this.discussion = new DiscussionRepository(db);
    this.receipts = new ReceiptRepository(db);
    this.notifications = new NotificationRepository(db);
    this.memberData = new MemberDataRepository(db);
  }

  /**
   * Runs `work` in one IMMEDIATE transaction: the write lock is taken up front, so two concurrent
   * writers queue instead of one failing half-way with SQLITE_BUSY.
   */
  transaction<T>(work: () => T): T {
    return this.db.transaction(work).immediate();
  }

  /** A secret created on first use and kept in the database (signs button and modal ids). */
  secret(name: string): Buffer {
    const existing = this.db.prepare<[string], Buffer>('SELECT value FROM app_secret WHERE name = ?').pluck();
    const found = existing.get(name);
    if (found) return found;
    this.db
      .prepare('INSERT OR IGNORE INTO app_secret (name, value) VALUES (?, ?)')
      .run(name, randomBytes(32));
    return existing.get(name)!;
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}

export function openStore(path: string): Store {
  return new Store(openDatabase(path));
}
