TRANSITIONS = {
    ('idle', 'start'): 'running',
    ('running', 'pause'): 'paused',
    ('paused', 'resume'): 'running',
    ('running', 'stop'): 'idle',
    ('paused', 'stop'): 'idle',
}


def run(events, state='idle'):
    trace = [state]
    for ev in events:
        try:
            state = TRANSITIONS[state, ev]
        except KeyError:
            print('ignored %s in %s' % (ev, state))
            continue
        trace.append(state)
    return trace


print(run(['start', 'pause', 'bogus', 'resume', 'stop']))
