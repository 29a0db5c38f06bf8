import { configure } from '@testing-library/react';

// findBy… and waitFor give up after 1 s by default: a screen that shows in 50 ms alone can take
// longer while Chromium and LibreOffice share this machine's two cores. Giving up must mean
// "it never came", so they wait up to 20 s (well inside the project's 60 s test timeout).
configure({ asyncUtilTimeout: 20_000 });
