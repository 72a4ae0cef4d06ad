import type { Clock } from '../../src/clock.js';

/** A clock the test moves by hand; starts at a fixed instant so dates in assertions are stable. */
export class TestClock implements Clock {
  private current: Date;
  constructor(start = new Date('2026-01-05T12:00:00.000Z')) {
    this.current = new Date(start);
  }
  now(): Date {
    return new Date(this.current);
  }
  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }
  advanceDays(days: number): void {
    this.advance(days * 24 * 60 * 60 * 1000);
  }
}
