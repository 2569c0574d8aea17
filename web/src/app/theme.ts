import {
  type CSSVariablesResolver,
  createTheme,
  DEFAULT_THEME,
  type MantineColorsTuple,
  type MantineThemeColors,
} from "@mantine/core";
import "./theme.css";

/*
 * Mantine's default palette, used so that every colour a person reads on its background reaches
 * WCAG AA (4.5:1 for text). Mantine's defaults miss it in places: dimmed text is gray.6 (3.32:1 on
 * white), the primary blue.6 carries white text at 3.55:1, a light badge prints yellow.9 on yellow.1
 * (2.68:1), a filled green badge white on green.6 (2.36:1). Rather than pick shades by hand per
 * component, each colour's text, filled and light-variant tones are worked out here from the
 * palette: the first shade (or, failing all, a darkened one) that reaches the ratio.
 */

/** A little above 4.5:1, so that translucent tints under the text (striped rows, light badges) still pass. */
const TEXT_CONTRAST = 4.7;

function channels(hex: string): [number, number, number] {
  const digits = hex.slice(1);
  const full = digits.length === 3 ? [...digits].map((d) => d + d).join("") : digits;
  const value = Number.parseInt(full, 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

function toHex([r, g, b]: [number, number, number]): string {
  return `#${[r, g, b].map((c) => Math.round(c).toString(16).padStart(2, "0")).join("")}`;
}

function luminance(hex: string): number {
  const [r, g, b] = channels(hex).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The WCAG contrast ratio of two colours. */
export function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** Mixes a colour toward black (amount > 0) or white (amount < 0). */
function shift(hex: string, amount: number): string {
  const target = amount > 0 ? 0 : 255;
  const weight = Math.abs(amount);
  return toHex(channels(hex).map((c) => c + (target - c) * weight) as [number, number, number]);
}

/**
 * The first of `candidates` that reads at TEXT_CONTRAST against every background, else the last one
 * shifted (toward black on light backgrounds, white on dark ones) until it does.
 */
function readable(candidates: readonly string[], backgrounds: readonly string[], darker: boolean): string {
  const passes = (color: string) => backgrounds.every((bg) => contrast(color, bg) >= TEXT_CONTRAST);
  const found = candidates.find(passes);
  if (found) return found;
  const last = candidates.at(-1) as string;
  for (let amount = 0.05; amount < 1; amount += 0.05) {
    const shifted = shift(last, darker ? amount : -amount);
    if (passes(shifted)) return shifted;
  }
  return darker ? "#000000" : "#ffffff";
}

const colors = DEFAULT_THEME.colors as MantineThemeColors;
const white = DEFAULT_THEME.white;
const gray0 = colors.gray[0];
const dark = colors.dark as MantineColorsTuple;
/** Page and card backgrounds of the dark scheme. */
const darkBodies = [dark[7], dark[6], dark[8]];

/** Every colour's tones for both schemes, as Mantine's CSS variables. */
function paletteVariables(): { light: Record<string, string>; dark: Record<string, string> } {
  const light: Record<string, string> = {};
  const darkScheme: Record<string, string> = {};
  for (const [name, shades] of Object.entries(colors)) {
    if (name === "dark") continue;
    const tuple = shades as readonly string[];
    // Light scheme: text on white or a striped row; filled backgrounds under white text; the
    // light variant's ink on its own tint.
    const text = readable(tuple.slice(7), [white, gray0, tuple[0] as string], true);
    const filled = readable(tuple.slice(7), [white], true);
    light[`--mantine-color-${name}-text`] = text;
    light[`--mantine-color-${name}-filled`] = filled;
    light[`--mantine-color-${name}-filled-hover`] = shift(filled, 0.15);
    light[`--mantine-color-${name}-light-color`] = readable(
      [tuple[9] as string],
      // on its tint, hovered or not: an active navigation link under the pointer is both
      [tuple[1] as string, tuple[2] as string, white],
      true,
    );
    light[`--mantine-color-${name}-outline`] = text;
    // Dark scheme: light text on the dark page; filled backgrounds dark enough for white text.
    const darkText = readable(tuple.slice(0, 5).reverse(), darkBodies, false);
    const darkFilled = readable(tuple.slice(8), [white], true);
    darkScheme[`--mantine-color-${name}-text`] = darkText;
    darkScheme[`--mantine-color-${name}-filled`] = darkFilled;
    darkScheme[`--mantine-color-${name}-filled-hover`] = shift(darkFilled, 0.15);
    darkScheme[`--mantine-color-${name}-outline`] = darkText;
  }
  return { light, dark: darkScheme };
}

const palette = paletteVariables();

export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    ...palette.light,
    "--mantine-color-dimmed": readable([colors.gray[7] as string], [white, gray0], true),
    "--mantine-color-anchor": palette.light["--mantine-color-blue-text"] as string,
    "--mantine-color-error": palette.light["--mantine-color-red-text"] as string,
    "--mantine-color-placeholder": colors.gray[6] as string,
  },
  dark: {
    ...palette.dark,
    "--mantine-color-dimmed": readable([dark[2], dark[1], dark[0]], darkBodies, false),
    "--mantine-color-anchor": palette.dark["--mantine-color-blue-text"] as string,
    "--mantine-color-error": palette.dark["--mantine-color-red-text"] as string,
  },
});

export const theme = createTheme({
  primaryColor: "blue",
  // blue.8 carries white text at 5:1; it is also the shade of links and outlines.
  primaryShade: { light: 8, dark: 8 },
  // A ring on keyboard focus only, drawn by theme.css thicker than Mantine's default.
  focusRing: "auto",
  components: {
    // Links inside a sentence must not rely on colour alone.
    Anchor: { defaultProps: { underline: "always" } },
  },
});
