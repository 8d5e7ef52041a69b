import { afterEach, describe, expect, it } from 'vitest'
import { tooManyRequestsMessage, waitPhrase } from '../../domain/forms/errors'
import { FormLimits, MemoryAttemptLog } from '../../cms/security/attempts'
import { clientAddress, limitKey } from '../../cms/security/clientAddress'
import { withSocketAddress } from '../../cms/security/socketAddress'

const request = (forwardedFor?: string, socket?: string) =>
  withSocketAddress(new Request('http://cms.test/api/pledges', { headers: forwardedFor === undefined ? {} : { 'X-Forwarded-For': forwardedFor } }), socket)

afterEach(() => {
  delete process.env.TRUSTED_PROXIES
})

describe('who is asking', () => {
  it('is the connection itself when no proxy is trusted, whatever the header says', () => {
    expect(clientAddress(request(undefined, '203.0.113.5'))).toBe('203.0.113.5')
    expect(clientAddress(request('198.51.100.1', '203.0.113.5'))).toBe('203.0.113.5')
    expect(clientAddress(request('198.51.100.1, 127.0.0.1', '203.0.113.5'))).toBe('203.0.113.5')
  })

  it('is the address a trusted proxy reports, never what the visitor wrote before it', () => {
    process.env.TRUSTED_PROXIES = '127.0.0.1, 10.0.0.0/8'
    expect(clientAddress(request('198.51.100.7', '127.0.0.1'))).toBe('198.51.100.7')
    expect(clientAddress(request('1.2.3.4, 198.51.100.7', '127.0.0.1'))).toBe('198.51.100.7')
    // Through two trusted proxies (a load balancer, then the local one).
    expect(clientAddress(request('1.2.3.4, 198.51.100.7, 10.1.2.3', '::ffff:127.0.0.1'))).toBe('198.51.100.7')
    // From a client that is not a trusted proxy, its header counts for nothing.
    expect(clientAddress(request('198.51.100.7', '203.0.113.5'))).toBe('203.0.113.5')
  })

  it('under Next (no socket handed over) takes the header’s last entry, which Next fills from the socket', () => {
    expect(clientAddress(request('203.0.113.9'))).toBe('203.0.113.9')
    process.env.TRUSTED_PROXIES = '10.0.0.0/8'
    expect(clientAddress(request('1.2.3.4, 198.51.100.7, 10.1.2.3'))).toBe('198.51.100.7')
    expect(clientAddress(request())).toBe('unknown')
  })

  it('names a mistake in TRUSTED_PROXIES', () => {
    process.env.TRUSTED_PROXIES = 'proxy.example.org'
    expect(() => clientAddress(request('1.2.3.4', '127.0.0.1'))).toThrow(/TRUSTED_PROXIES/)
  })

  it('counts one IPv6 /64 as one visitor, and an IPv4-mapped address as the IPv4 one', () => {
    expect(limitKey('2001:db8:1:2:aaaa::1')).toBe(limitKey('2001:0db8:0001:0002:ffff:ffff:ffff:ffff'))
    expect(limitKey('2001:db8:1:2::1')).toBe('2001:0db8:0001:0002::/64')
    expect(limitKey('2001:db8:1:3::1')).not.toBe(limitKey('2001:db8:1:2::1'))
    expect(limitKey('::ffff:192.0.2.1')).toBe('192.0.2.1')
    expect(limitKey('::1')).toBe('0000:0000:0000:0000::/64')
    expect(limitKey('fe80::1%eth0')).toBe('fe80:0000:0000:0000::/64')
    expect(limitKey('not an address')).toBe(limitKey('another lie'))
  })
})

describe('the limits of a public form', () => {
  const minute = 60_000
  const limits = () => new FormLimits('test', { accepted: { max: 3, windowMs: 10 * minute }, refused: { max: 20, windowMs: 10 * minute } }, new MemoryAttemptLog())

  it('do not lock out someone who corrects their mistakes', async () => {
    const form = limits()
    for (let i = 0; i < 5; i++) await form.countRefused('a', {}, 1000 + i)
    expect(await form.wait('a', 2000)).toBe(0)
    expect(await form.takeAccepted('a', 2000)).toBe(0)
  })

  it('allow few attempts that get through, and say how long until the next', async () => {
    const form = limits()
    for (const at of [0, minute, 2 * minute]) expect(await form.takeAccepted('a', at)).toBe(0)
    expect(await form.takeAccepted('a', 3 * minute)).toBe(7 * minute)
    expect(await form.wait('a', 3 * minute)).toBe(7 * minute)
    expect(await form.wait('b', 3 * minute)).toBe(0)
    expect(await form.wait('a', 10 * minute)).toBe(0)
  })

  it('stop a robot that sends only garbage', async () => {
    const form = limits()
    for (let i = 0; i < 20; i++) await form.countRefused('robot', {}, i)
    expect(await form.wait('robot', 100)).toBeGreaterThan(9 * minute)
  })

  it('give back an attempt that was refused after it got through validation', async () => {
    const form = limits()
    for (let i = 0; i < 3; i++) {
      expect(await form.takeAccepted('a', i)).toBe(0)
      await form.countRefused('a', { tookAccepted: true }, i)
    }
    expect(await form.takeAccepted('a', 10)).toBe(0)
  })

  it('keep memory bounded when very many visitors pass', async () => {
    const log = new MemoryAttemptLog(100)
    const form = new FormLimits('test', { accepted: { max: 1, windowMs: minute }, refused: { max: 1, windowMs: minute } }, log)
    for (let i = 0; i < 1000; i++) await form.takeAccepted(`v${i}`, 0)
    expect((log as unknown as { attempts: Map<string, unknown> }).attempts.size).toBeLessThanOrEqual(101)
  })
})

describe('the answer to too many attempts', () => {
  it('states the real wait, in the visitor’s language', () => {
    expect(tooManyRequestsMessage(7 * 60_000 - 500, 'en')).toBe('Too many attempts in a row. Please try again in 7 minutes.')
    expect(tooManyRequestsMessage(7 * 60_000, 'nl')).toBe('Te veel pogingen na elkaar. Probeer het opnieuw over 7 minuten.')
    expect(tooManyRequestsMessage(7 * 60_000, 'fr')).toBe('Trop de tentatives d’affilée. Réessayez dans 7 minutes.')
    expect(waitPhrase(42_000, 'en')).toBe('in 42 seconds')
    expect(waitPhrase(61_000, 'en')).toBe('in 2 minutes')
    expect(waitPhrase(60_000, 'fr')).toBe('dans 1 minute')
    expect(waitPhrase(1, 'nl')).toBe('over 1 seconde')
  })
})
