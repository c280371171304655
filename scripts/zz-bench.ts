import { benchBuilds, buildTable } from '/work/main/scripts/lib/bench/buildBench'
const sizes = process.argv[2].split(',').map(Number)
const r = await benchBuilds('/work/main', sizes, Number(process.argv[3] ?? 1), console.log)
console.log(buildTable(r))
