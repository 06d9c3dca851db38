import { useState } from 'react';

const TOKEN_KEY = 'gongkai.token';

function readToken(): string {
  try {
    return sessionStorage.getItem(TOKEN_KEY) ?? '';
  } catch {
    return '';
  }
}

/** The access token typed on the upload or admin page, shared by both and kept in this browser tab only. */
export function useStoredToken(): [string, (value: string) => void] {
  const [token, setToken] = useState(readToken);
  const handleToken = (value: string) => {
    setToken(value);
    try {
      sessionStorage.setItem(TOKEN_KEY, value);
    } catch {
      // Private mode: the token then lives only in this page.
    }
  };

  return [token, handleToken];
}
