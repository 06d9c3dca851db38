import { type ReactNode } from 'react';

import { linkProps, useRoute } from '../router/useRoute';
import { type Route } from '../router/urlState';

export type LinkProps = { to: Route; children: ReactNode; className?: string; current?: boolean; testId?: string };

/** An in-app link: a real <a href> (copyable, middle-click) that navigates without reloading. */
export function Link({ to, children, className, current = false, testId }: LinkProps) {
  const { route } = useRoute();
  // The language travels with every link.
  const lang = route.params.lang;
  const { href, onClick } = linkProps(lang && !to.params.lang ? { ...to, params: { ...to.params, lang } } : to);

  return (
    <a href={href} onClick={onClick} className={className} aria-current={current ? 'page' : undefined} data-testid={testId}>
      {children}
    </a>
  );
}
