import { MongoClient } from 'mongodb'
import { ConfigError } from '../../cms/env/configError'

/**
 * Before Payload connects (and logs a driver dump on failure), make sure a MongoDB given by
 * DATABASE_URL answers, so a wrong host stops the start with one line within seconds.
 */
export async function checkDatabaseReachable(env: NodeJS.ProcessEnv = process.env) {
  const url = env.DATABASE_URL
  if (!url?.startsWith('mongodb')) return
  const client = new MongoClient(url, { serverSelectionTimeoutMS: 4000, connectTimeoutMS: 4000 })
  try {
    await client.connect()
    await client.db().command({ ping: 1 })
  } catch (error) {
    const host = (() => {
      try {
        return new URL(url).host
      } catch {
        return 'the host in DATABASE_URL'
      }
    })()
    throw new ConfigError(`DATABASE_URL: no MongoDB answered at ${host} within 4 s (${(error as Error).message}).`)
  } finally {
    await client.close().catch(() => {})
  }
}
