/** @jest-environment jsdom */
import { act, renderHook } from "@testing-library/react";
import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { themeFor, useDarkMode } from "../../src/taskpane/theme";

/** A controllable prefers-color-scheme media query. */
function fakeMatchMedia(dark: boolean) {
  const listeners = new Set<() => void>();
  const mq = {
    matches: dark,
    addEventListener: (_: string, f: () => void) => listeners.add(f),
    removeEventListener: (_: string, f: () => void) => listeners.delete(f),
  };
  window.matchMedia = jest.fn(() => mq as unknown as MediaQueryList);
  return {
    set(value: boolean) {
      mq.matches = value;
      listeners.forEach((f) => f());
    },
    listeners,
  };
}

test("outside Office the pane follows the browser's colour scheme, live", () => {
  const media = fakeMatchMedia(false);
  const { result, unmount } = renderHook(() => useDarkMode(null));
  expect(result.current).toBe(false);
  act(() => media.set(true));
  expect(result.current).toBe(true);
  unmount();
  expect(media.listeners.size).toBe(0);
});

test("in Office, Office's theme wins over the browser's", () => {
  fakeMatchMedia(true);
  expect(renderHook(() => useDarkMode(false)).result.current).toBe(false);
  fakeMatchMedia(false);
  expect(renderHook(() => useDarkMode(true)).result.current).toBe(true);
});

test("dark and light map to Fluent's web themes", () => {
  expect(themeFor(true)).toBe(webDarkTheme);
  expect(themeFor(false)).toBe(webLightTheme);
});
