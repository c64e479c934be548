// Secrets never reach a message: keys, proxy passwords and echoed Authorization headers are redacted.
import { describe, expect, it } from 'vitest';
import { EditionsError, describeError, formatProblem, redact, registerSecret, registerSecretsFrom } from '../pipeline/errors.js';

describe('errors: secrets are redacted from every message', () => {
  it('hides the password of a proxy URL but keeps the host, so the message still says where', () => {
    const error = new EditionsError('could not reach DeepL at https://editor:s3cr3t-pass@proxy.example:8080/v2', { rule: 'deepl-connection' });
    expect(describeError(error)).not.toContain('s3cr3t-pass');
    expect(describeError(error)).toContain('https://editor:***@proxy.example:8080/v2');
  });

  it('hides a registered key wherever it appears, also in problems formatted without an error object', () => {
    registerSecret('a1b2c3d4-e5f6-key:fx');
    expect(formatProblem('DeepL said: invalid key a1b2c3d4-e5f6-key:fx', 'deepl-auth')).toBe('DeepL said: invalid key *** [deepl-auth]');
  });

  it('hides an Authorization header that a misbehaving endpoint echoed back', () => {
    expect(redact('400 Bad Request: {"authorization": "DeepL-Auth-Key 0000-1111-2222"}')).not.toContain('0000-1111-2222');
    expect(redact('headers: Authorization: Bearer sk-live-123456')).toBe('headers: Authorization: Bearer ***');
  });

  it('registers keys and URL passwords from the environment by their variable names', () => {
    registerSecretsFrom({ EDITIONS_LLM_KEY: 'sk-llm-987654', HTTPS_PROXY: 'http://me:pr%40xy@10.0.0.1:3128', PATH: '/usr/bin' });
    const message = redact('failed with key sk-llm-987654 via proxy password pr@xy');
    expect(message).not.toContain('sk-llm-987654');
    expect(message).not.toContain('pr@xy');
    expect(redact('/usr/bin')).toBe('/usr/bin');
  });
});
