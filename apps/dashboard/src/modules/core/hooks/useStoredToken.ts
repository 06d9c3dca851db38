import { useState } from 'react';

const TOKEN_KEY = 'gongkai.token';

function readToken(): string {
  try {
    return sessionStorage.getItem(TOKEN_KEY) ?? '';
  } catch {
    return '';
  }
}

/** The api token the writing pages share, kept for this browser tab only (sessionStorage). */
export function useStoredToken(): [string, (value: string) => void] {
  const [token, setToken] = useState(readToken);
  const store = (value: string) => {
    setToken(value);
    try {
      sessionStorage.setItem(TOKEN_KEY, value);
    } catch {
      // Private mode: the token then lives only in this page.
    }
  };

  return [token, store];
}
