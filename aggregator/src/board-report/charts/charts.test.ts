import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { barChart } from './bar-chart';
import { heatMap } from './heat-map';
import { axisRange, lineChart } from './line-chart';
import { COLOUR, type Shape } from './scene';
import { stackedBars } from './stacked-bars';
import { chartSvg } from './svg';

const texts = (shapes: Shape[]) => shapes.flatMap((shape) => (shape.kind === 'text' ? [shape.text] : []));
const rects = (shapes: Shape[]) => shapes.filter((shape): shape is Extract<Shape, { kind: 'rect' }> => shape.kind === 'rect');

describe('the charts', () => {
  it('draw bars in proportion to their values, against the maximum given', () => {
    const chart = barChart({
      id: 'x', title: 't', description: 'd', max: 100,
      bars: [{ label: 'St George’s', value: 100, colour: COLOUR.green }, { label: 'Oakfield', value: 25, colour: COLOUR.red, text: '25.0 %' }],
    });
    const [full, quarter] = rects(chart.shapes);
    assert.equal(quarter!.width / full!.width, 0.25);
    assert.deepEqual(texts(chart.shapes), ['St George’s', '100', 'Oakfield', '25.0 %']);
  });

  it('write gaps and not-applicable cells in a heat map, and darken with the count', () => {
    const chart = heatMap({
      id: 'h', title: 't', description: 'd', legend: 'legend',
      columns: [['(a)'], ['(b)']],
      rows: [{ label: 'Age', cells: [{ kind: 'count', value: 1 }, { kind: 'gap' }] }, { label: 'Marriage', cells: [{ kind: 'count', value: 4 }, { kind: 'not-applicable' }] }],
    });
    assert.deepEqual(texts(chart.shapes), ['(a)', '(b)', 'Age', '1', 'gap', 'Marriage', '4', 'n/a', 'legend']);
    const [one, gap, four, notApplicable] = rects(chart.shapes);
    assert.notEqual(one!.fill, four!.fill);
    assert.equal(gap!.fill, COLOUR.gap);
    assert.equal(notApplicable!.fill, COLOUR.notApplicable);
  });

  it('split each stacked bar at the first share, and say when a row is withheld', () => {
    const chart = stackedBars({ id: 's', title: 't', description: 'd', names: ['Women', 'Men'], rows: [{ label: 'Lower', first: 75, second: 25 }, { label: 'Upper', first: null, second: null }] });
    const [, , women, men] = rects(chart.shapes);
    assert.equal(women!.width / (women!.width + men!.width), 0.75);
    assert.ok(texts(chart.shapes).includes('75.0 %'));
    assert.ok(texts(chart.shapes).includes('withheld (fewer than 10 people)'));
  });

  it('choose a tidy axis from zero, below it for negative values', () => {
    assert.deepEqual(axisRange([25, 62.5]), { min: 0, max: 80, step: 20 });
    assert.deepEqual(axisRange([-3.2, 12]), { min: -5, max: 15, step: 5 });
    assert.deepEqual(axisRange([]), { min: 0, max: 0.25, step: 0.25 });
  });

  it('break a line where a value is missing', () => {
    const chart = lineChart({ id: 'l', title: 't', description: 'd', unit: ' %', categories: ['a', 'b', 'c', 'd'], series: [{ name: 's', colour: COLOUR.blue, values: [1, 2, null, 4] }] });
    assert.equal(chart.shapes.filter((shape) => shape.kind === 'polyline').length, 1);
    assert.equal(chart.shapes.filter((shape) => shape.kind === 'circle').length, 3);
  });

  it('become an SVG image with its title and description, text escaped', () => {
    const svg = chartSvg(barChart({ id: 'rag', title: 'Verdicts <by> academy', description: 'Red: 1 & amber: 3', bars: [{ label: '<b>St George’s</b>', value: 1, colour: COLOUR.red }] }));
    assert.match(svg, /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" class="chart" viewBox="0 0 560 48" width="560" height="48" role="img" aria-labelledby="rag-title rag-desc"/);
    assert.match(svg, /<title id="rag-title">Verdicts &lt;by&gt; academy<\/title><desc id="rag-desc">Red: 1 &amp; amber: 3<\/desc>/);
    assert.match(svg, />&lt;b&gt;St George’s&lt;\/b&gt;<\/text>/);
    assert.doesNotMatch(svg, /<b>/);
  });
});
