import { describe, expect, it } from 'vitest';
import {
  type AdmissionContext,
  accessPolicy,
  canGiveFeedback,
  decideAdmission,
} from '../../src/domain/access.js';

function ctx(overrides: Partial<AdmissionContext> = {}): AdmissionContext {
  return {
    level: 'early-access',
    state: 'active',
    admissionsPaused: false,
    seatCap: null,
    activeGrants: 0,
    alreadyGranted: false,
    hasValidInvite: true,
    ...overrides,
  };
}

describe('accessPolicy', () => {
  it('requires an invite and consent in Early Access', () => {
    expect(accessPolicy('early-access')).toEqual({
      inviteRequired: true,
      signUpOpen: false,
      everyone: false,
      takesConsent: true,
    });
  });

  it('opens sign-up with consent in Preview', () => {
    expect(accessPolicy('preview')).toEqual({
      inviteRequired: false,
      signUpOpen: true,
      everyone: false,
      takesConsent: true,
    });
  });

  it('gives everyone access in GA', () => {
    expect(accessPolicy('ga')).toEqual({
      inviteRequired: false,
      signUpOpen: false,
      everyone: true,
      takesConsent: false,
    });
  });

  it('returns a copy that callers cannot use to change the policy', () => {
    accessPolicy('ga').everyone = false;
    expect(accessPolicy('ga').everyone).toBe(true);
  });
});

describe('decideAdmission', () => {
  it('asks an invited member to accept the Early Access terms', () => {
    expect(decideAdmission(ctx())).toEqual({ kind: 'consent-required', how: 'invite' });
  });

  it('asks anyone to accept the Preview terms without an invite', () => {
    expect(decideAdmission(ctx({ level: 'preview', hasValidInvite: false }))).toEqual({
      kind: 'consent-required',
      how: 'sign-up',
    });
  });

  it('puts a member without an invite on the Early Access waitlist', () => {
    expect(decideAdmission(ctx({ hasValidInvite: false }))).toEqual({ kind: 'waitlist' });
  });

  it('tells the member that everyone has a GA feature', () => {
    expect(decideAdmission(ctx({ level: 'ga', alreadyGranted: true, admissionsPaused: true }))).toEqual({
      kind: 'everyone-has-it',
    });
  });

  it('refuses a retired feature before anything else', () => {
    expect(
      decideAdmission(
        ctx({ state: 'retired', level: 'early-access', alreadyGranted: true, admissionsPaused: true }),
      ),
    ).toEqual({ kind: 'retired' });
  });

  it('tells a member who already has access so, even when admissions are paused', () => {
    expect(decideAdmission(ctx({ alreadyGranted: true, admissionsPaused: true }))).toEqual({
      kind: 'already-member',
    });
    expect(decideAdmission(ctx({ level: 'preview', alreadyGranted: true }))).toEqual({
      kind: 'already-member',
    });
  });

  it('refuses while admissions are paused, in Early Access and in Preview', () => {
    expect(decideAdmission(ctx({ admissionsPaused: true }))).toEqual({ kind: 'paused' });
    expect(decideAdmission(ctx({ admissionsPaused: true, hasValidInvite: false }))).toEqual({
      kind: 'paused',
    });
    expect(decideAdmission(ctx({ level: 'preview', admissionsPaused: true }))).toEqual({ kind: 'paused' });
  });

  it('refuses an invited member when every Early Access seat is taken', () => {
    expect(decideAdmission(ctx({ seatCap: 5, activeGrants: 5 }))).toEqual({ kind: 'full', seatCap: 5 });
    expect(decideAdmission(ctx({ seatCap: 5, activeGrants: 6 }))).toEqual({ kind: 'full', seatCap: 5 });
  });

  it('admits an invited member into the last free seat', () => {
    expect(decideAdmission(ctx({ seatCap: 5, activeGrants: 4 }))).toEqual({
      kind: 'consent-required',
      how: 'invite',
    });
  });

  it('waitlists a member without an invite even when the seats are full', () => {
    expect(decideAdmission(ctx({ seatCap: 1, activeGrants: 1, hasValidInvite: false }))).toEqual({
      kind: 'waitlist',
    });
  });

  it('ignores the seat cap in Preview', () => {
    expect(decideAdmission(ctx({ level: 'preview', seatCap: 1, activeGrants: 50 }))).toEqual({
      kind: 'consent-required',
      how: 'sign-up',
    });
  });

  it('decides differently at Accept time when seats were taken meanwhile', () => {
    const shown = ctx({ seatCap: 2, activeGrants: 1 });
    expect(decideAdmission(shown).kind).toBe('consent-required');
    expect(decideAdmission({ ...shown, activeGrants: 2 })).toEqual({ kind: 'full', seatCap: 2 });
  });
});

describe('canGiveFeedback', () => {
  it('takes Early Access feedback only from members with access', () => {
    expect(canGiveFeedback('early-access', true)).toBe(true);
    expect(canGiveFeedback('early-access', false)).toBe(false);
  });

  it('takes Preview and GA feedback from everyone', () => {
    expect(canGiveFeedback('preview', false)).toBe(true);
    expect(canGiveFeedback('preview', true)).toBe(true);
    expect(canGiveFeedback('ga', false)).toBe(true);
    expect(canGiveFeedback('ga', true)).toBe(true);
  });
});
