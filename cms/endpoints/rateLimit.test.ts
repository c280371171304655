import { describe, expect, it } from 'vitest'
import { addressKey } from './addressKey'
import { clientAddress, isAllowedOrigin } from './origin'

describe('addressKey', () => {
  it('counts IPv4 per address and IPv6 per /64', () => {
    expect(addressKey('203.0.113.7')).toBe('203.0.113.7')
    expect(addressKey('::ffff:203.0.113.7')).toBe('203.0.113.7')
    expect(addressKey('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64')
    expect(addressKey('2001:0db8:0001:0002:ffff:ffff:ffff:ffff')).toBe('2001:db8:1:2::/64')
    expect(addressKey('2001:db8::1')).toBe('2001:db8:0:0::/64')
    expect(addressKey('::1')).toBe('0:0:0:0::/64')
    expect(addressKey('fe80::1%eth0')).toBe('fe80:0:0:0::/64')
    expect(addressKey('not an address')).toBe('unknown')
  })
})

describe('origin and address', () => {
  const env = { SITE_URL: 'https://samenbeter.example/' } as unknown as NodeJS.ProcessEnv
  it('allows the site origin only', () => {
    expect(isAllowedOrigin('https://samenbeter.example', env)).toBe(true)
    expect(isAllowedOrigin('http://samenbeter.example', env)).toBe(false)
    expect(isAllowedOrigin('https://samenbeter.example.evil.test', env)).toBe(false)
    expect(isAllowedOrigin(null, env)).toBe(false)
    expect(isAllowedOrigin('http://localhost:4321', {} as NodeJS.ProcessEnv)).toBe(true)
  })
  it('takes the address the nearest proxy added', () => {
    expect(clientAddress(new Headers({ 'x-forwarded-for': '6.6.6.6, 10.0.0.7' }))).toBe('10.0.0.7')
    expect(clientAddress(new Headers())).toBe('unknown')
  })
})
