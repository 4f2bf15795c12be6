// The one transient message on screen (with an optional Undo); UI state, so never persisted.
import { create } from 'zustand';

export interface Toast {
  id: number;
  message: string;
  undo?: () => void;
}

interface ToastState {
  toast: Toast | null;
  showToast: (message: string, undo?: () => void) => void;
  dismissToast: (id?: number) => void;
}

let nextId = 1;

export const useToast = create<ToastState>()((set) => ({
  toast: null,
  showToast: (message, undo) => {
    nextId += 1;
    set({ toast: { id: nextId, message, undo } });
  },
  dismissToast: (id) => set((s) => (id === undefined || s.toast?.id === id ? { toast: null } : s)),
}));
