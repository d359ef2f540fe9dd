/** The app's Redis connection, or null when REDIS_URL is not set (single-instance mode). */
export const REDIS = Symbol('REDIS');
