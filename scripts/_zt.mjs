import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import { gzipSync } from 'node:zlib';
for (const input of process.argv.slice(2)) {
  const b = await rollup({
    input,
    onwarn() {},
    plugins: [
      nodeResolve({ browser: true }),
      esbuild({ tsconfig: 'tsconfig.json', target: 'es2022' }),
      terser({ ecma: 2022, module: true, compress: { passes: 2 }, format: { comments: false } }),
    ],
  });
  const { output } = await b.generate({ format: 'es' });
  console.log(input, output[0].code.length, 'gz', gzipSync(output[0].code, { level: 9 }).length);
}
