// Lint of the publication page's script (npm run lint; not part of the Maven build). It runs in browsers as a
// classic script inlined in a <script> element; the contrast audit is a test's, run in Chromium too.
import js from "@eslint/js";
import globals from "globals";

export default [
  { files: ["src/main/resources/**/*.js", "src/test/resources/**/*.js"] },
  js.configs.recommended,
  { languageOptions: { ecmaVersion: 2022, sourceType: "script", globals: globals.browser } },
];
