import { objectiveTree } from './plan-details.js';

const objective = (objectiveId: string, parentObjectiveId: string | null = null) => ({ objectiveId, code: objectiveId, title: `objective ${objectiveId}`, titles: { en: `objective ${objectiveId}` }, parentObjectiveId });

describe('objectiveTree', () => {
  it('nests sub-objectives under their parent in the order they were added, with direct and total activity counts', () => {
    const tree = objectiveTree([objective('1'), objective('2'), objective('1.1', '1'), objective('1.1.1', '1.1'), objective('1.2', '1')], new Map([['1', 1], ['1.1', 2], ['1.1.1', 3]]));
    expect(tree.map((n) => n.objectiveId)).toEqual(['1', '2']);
    expect(tree[0].children.map((n) => n.objectiveId)).toEqual(['1.1', '1.2']);
    expect(tree[0]).toMatchObject({ activityCount: 1, totalActivityCount: 6 });
    expect(tree[0].children[0]).toMatchObject({ activityCount: 2, totalActivityCount: 5 });
    expect(tree[0].children[0].children[0]).toMatchObject({ objectiveId: '1.1.1', activityCount: 3, totalActivityCount: 3, children: [] });
    expect(tree[1]).toMatchObject({ activityCount: 0, totalActivityCount: 0 });
  });

  it('keeps an objective whose parent it cannot find at the top', () => {
    expect(objectiveTree([objective('3.1', 'gone')], new Map()).map((n) => n.objectiveId)).toEqual(['3.1']);
  });
});
