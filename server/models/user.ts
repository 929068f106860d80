// The users collection: accounts with roles, locale and a scrypt password hash.
import { Schema, type Types } from 'mongoose';
import type { DeliveryChoice, NotificationKind } from '../vocab/notificationKinds.js';

export const roles = ['member', 'moderator', 'organiser', 'admin'] as const;
export type Role = (typeof roles)[number];
export const userStatuses = ['active', 'suspended', 'deleted'] as const;

export interface User {
  _id: Types.ObjectId;
  email: string;
  displayName: string;
  passwordHash: string;
  roles: Role[];
  locale: 'sl' | 'pl' | 'sv' | 'en';
  organisation?: string;
  country?: string;
  bio?: string;
  avatarUploadId?: Types.ObjectId;
  status: (typeof userStatuses)[number];
  isDemo: boolean;
  passwordChangedAt: Date;
  /** When the person proved they read this address (a link sent to it); unset means unverified. */
  emailVerifiedAt?: Date;
  /** Set when the account was deleted: the record stays only as the "deleted user" its kept content points to. */
  deletedAt?: Date;
  /** The @name others mention this person by (the handles collection keeps it unique). */
  handle?: string;
  /** When the last daily and weekly digests were sent (a digest goes at most once per period). */
  digestSentAt?: { daily?: Date; weekly?: Date };
  /** How each kind of notification reaches this person; a kind not named takes its default. */
  notificationPreferences: Partial<Record<NotificationKind, DeliveryChoice>>;
  createdAt: Date;
  updatedAt: Date;
}

export const userSchema = new Schema<User>(
  {
    email: { type: String, required: true, unique: true, lowercase: true, trim: true },
    displayName: { type: String, required: true, trim: true },
    passwordHash: { type: String, required: true },
    roles: { type: [String], enum: roles, default: ['member'] },
    locale: { type: String, enum: ['sl', 'pl', 'sv', 'en'], default: 'en' },
    organisation: String,
    country: String,
    bio: String,
    avatarUploadId: { type: Schema.Types.ObjectId },
    status: { type: String, enum: userStatuses, default: 'active' },
    isDemo: { type: Boolean, default: false },
    passwordChangedAt: { type: Date, default: () => new Date() },
    emailVerifiedAt: Date,
    deletedAt: Date,
    handle: String,
    digestSentAt: { daily: Date, weekly: Date },
    notificationPreferences: { type: Schema.Types.Mixed, default: () => ({}) },
  },
  { timestamps: true, minimize: false },
);
